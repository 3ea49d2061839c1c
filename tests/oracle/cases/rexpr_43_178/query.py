from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(m * ifnull(m, -3.10))")).withColumn("c2", (F.to_date(lit("2000-01-01")) != col("dt"))).withColumn("c3", (col("f") * col("f"))).drop("d", "f", "s", "b", "ts").where("(NOT coalesce(isnan(bround(d, 0)), false))")
OUTPUT_MODE = "append"
