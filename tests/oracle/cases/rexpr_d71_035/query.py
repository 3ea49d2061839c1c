from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "startswith(array_join(transform(split(trim(s), ' '), x -> initcap(x)), '-'), ' ') AS c1", "ifnull(next_day(dt, 'Mon'), DATE'2000-01-01') AS c2").where((col("id") > lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
