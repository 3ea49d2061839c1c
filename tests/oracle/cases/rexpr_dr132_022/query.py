from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, d DOUBLE, b BOOLEAN, i INT, dt DATE, j INT").json(INPUT)
result = df.select("id", F.map_from_arrays(F.array(lit('a'), lit('b')), F.array(F.zeroifnull(F.nanvl(col("d"), lit(-1.0))), expr("map_values(map('x', try_divide(d, d)))[0]"))).alias("c1"), expr("(d / i)").alias("c2"), lit(1).cast("bigint").cast("boolean").alias("c3"))
OUTPUT_MODE = "append"
