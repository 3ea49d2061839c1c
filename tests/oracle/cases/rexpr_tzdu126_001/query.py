spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("n").try_cast("bigint")).withColumn("c2", (col("m") + (col("n") * col("m")))).withColumn("c3", expr("transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1)")).withColumn("c4", expr("n")).withColumn("c5", expr("hex(try_to_binary(t, 'base64'))")).drop("i", "j", "k", "d", "m", "n", "s", "t", "ts").where((F.isnan(F.signum(col("d"))) | (col("s") == lit("é"))))
OUTPUT_MODE = "append"
