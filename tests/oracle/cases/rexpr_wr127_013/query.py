from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.coalesce(col("b"), col("b"), lit(False)) | (col("s") < lit("a")))).select(expr("make_timestamp_ntz(2024, 2, 30, 0, 0, 0)").alias("c1"), expr("lcase(s)").alias("c2"), F.greatest((F.coalesce(col("m"), expr("12.345")) - F.greatest(col("m"), col("m"))), F.bround(col("m"), -1)).alias("c3"), expr("vector_normalize(array(3.0F, CAST(10 AS FLOAT)), 2.0F)").alias("c4"), expr("sequence(i % 5, 4)").alias("c5"), expr("log1p(abs((d / nullif(0.5D, 0))) + 1)").alias("c6"), F.posexplode_outer(F.array_remove(F.array(F.url_encode(expr("to_char(n, '999,999.99')")), lit('x')), 'x'))).filter(col("c2").isNotNull())
OUTPUT_MODE = "append"
