from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CASE WHEN b THEN ts END < dt)", "bround(nullif(CASE WHEN (i < -1) THEN n END, 12.345), -1) AS c2").where("(i = 5)")
OUTPUT_MODE = "append"
