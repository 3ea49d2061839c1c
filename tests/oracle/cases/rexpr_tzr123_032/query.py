spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(is_valid_utf8(unhex('C328')) OR (t IS NOT NULL))").withColumn("c1", expr("validate_utf8(coalesce(t, 'o'))")).withColumn("c2", F.when(expr("(s COLLATE UTF8_BINARY = 'Hello World')"), col("ts")).when(col("b"), col("ts")).when(expr("(printf('%x %o %08d', i, i, i) COLLATE UTF8_BINARY = 'Hello World')"), col("ts")).otherwise(col("ts"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
