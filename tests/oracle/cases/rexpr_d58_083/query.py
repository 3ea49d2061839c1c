from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_sub(add_months(date_sub(dt, -1), i), 0) AS c1", "overlay(s PLACING 'xx' FROM 2 FOR 0)").where("(NOT coalesce(b, false))")
OUTPUT_MODE = "append"
