spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "nullif(CASE WHEN (m IS NOT NULL) THEN m ELSE if((id >= 1000L), -3.10, n) END, 0.5) AS c1", "CAST(floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS STRING) AS c2", "conv(right(coalesce(trim('abc'), soundex(s), 'abc'), 1), 10, 2) AS c3").where((col("j") == lit(-1)))
OUTPUT_MODE = "append"
