from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("i") <= col("id")) | lit(3.75).isNull())).select(F.when((col("s") < lit("a")), F.when(col("b"), col("id")).otherwise(col("id"))).when((col("ts") > lit(None).cast("date")), (col("i") + col("id"))).otherwise(lit(1).cast("bigint")).alias("c1"), expr("url_encode(s)"), expr("(i + d)"), F.str_to_map(F.url_decode(F.url_encode(F.collation(lit("a")))), lit(' '), lit('l')).alias("c4"), expr("vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F)").alias("c5")).filter("(CASE WHEN false THEN (c4 IS NOT NULL) WHEN (c5 IS NOT NULL) THEN (c1 IS NOT NULL) ELSE (c1 = 3L) END OR (c1 = 1000L))")
OUTPUT_MODE = "append"
