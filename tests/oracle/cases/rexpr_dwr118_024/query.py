from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.nvl2(F.when(col("i").isNotNull(), col("n")).when((col("k") >= lit(-2).cast("bigint")), col("m")).otherwise(col("n")), col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL '90' MINUTE"))).withColumn("c2", F.url_decode(F.concat(col("s"), lit("%zz")))).withColumn("c3", expr("transform_values(map('a', size(split(s, ' ')), 'b', bitmap_bit_position(find_in_set('b', 'o'))), (k, v) -> concat(k, CAST(v AS STRING)))")).where("(j > 10)")
OUTPUT_MODE = "append"
