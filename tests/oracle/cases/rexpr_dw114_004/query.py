from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "((m BETWEEN 0.5 AND 0.001) AND ((t IS NOT NULL) >= b)) AS c1", "overlay(t PLACING 'xx' FROM 2 FOR 1) AS c2", "(m + i) AS c3", "CAST(b AS DECIMAL(38,18)) AS c4").where("(NOT coalesce(isnan(f), false))")
OUTPUT_MODE = "append"
