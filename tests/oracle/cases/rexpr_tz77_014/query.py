spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(3 % nullif(j, 0)) AS c1", "CASE i WHEN 3 THEN n END AS c2").filter((lit("2024-02-29").eqNullSafe(lit("é")) | col("c1").isNull()))
OUTPUT_MODE = "append"
