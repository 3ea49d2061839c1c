from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("concat_ws('-', CAST(i AS STRING), t, t)")).withColumn("c2", expr("add_months(add_months(dt, i), i)")).withColumn("c3", F.minute(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c4", expr("(pmod(id, 10) + id)")).withColumn("c5", F.greatest(F.nullif(col("c3"), lit(2)), (lit(1) * col("i")), F.coalesce(col("m"), col("m"), expr("99.99")).try_cast("int"))).drop("d", "m", "n", "dt", "ts")
OUTPUT_MODE = "append"
