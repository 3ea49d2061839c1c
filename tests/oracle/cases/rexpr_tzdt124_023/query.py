spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("TRY_CAST(m AS INT) AS k1")).agg(F.count(col("n")).alias("a1"), expr("count_if(regexp_like(s, '[aeiou]{2}')) AS a2"))
OUTPUT_MODE = "complete"
