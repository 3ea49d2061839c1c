from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(dt <> DATE'2023-12-31')").withColumn("c1", expr("date_format(ts, 'D')")).withColumn("c2", F.date_sub(F.when(col("b"), col("dt")).when(col("dt").isNotNull(), col("dt")).otherwise(col("dt")), col("i"))).withColumn("c3", F.when(col("b"), col("m")).otherwise(expr("12.345"))).select("id", "c1", "c2", "c3").filter("(c2 > to_date('2024-02-29'))")
OUTPUT_MODE = "append"
