from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("make_dt_interval(106751992, i) AS c1"), (col("id") + col("id")).alias("c2"), F.year(F.try_to_timestamp(col("s"))).alias("c3"), expr("negative(try_multiply(m, 0)) AS c4"), expr("map_from_arrays(array('a', 'b'), array(f, f))"), col("d").cast("string").alias("c6")).filter((col("m") > lit(12.345).cast("decimal(5,3)")))
OUTPUT_MODE = "append"
