from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "isnan(exp((- d))) AS c1", "pmod(m, 2.5) AS c2").where((~F.coalesce(col("s").rlike("[aeiou]{2}"), lit(False))))
OUTPUT_MODE = "append"
