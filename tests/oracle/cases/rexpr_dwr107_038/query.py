from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.signum(col("i"))).withColumn("c2", F.bitwise_not(col("i").cast('bigint'))).withColumn("c3", expr("timestampadd(DAY, array_position(array(substr(typeof(i), 0, 0), 'a', get(split(concat_ws('|', CAST(i AS STRING), t, CAST(i AS STRING)), '  *'), 2)), 'a'), ts)")).withColumn("c4", F.map_concat(F.create_map(lit(1), col("s")), F.create_map(lit(2), col("s")))).withColumn("c5", expr("sec(0.001D)")).select("id", "c2", "c3", "c4", "c5").where((col("c4").isNotNull() | (col("id") > lit(0).cast("bigint"))))
OUTPUT_MODE = "append"
