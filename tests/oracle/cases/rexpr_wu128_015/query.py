from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, s STRING, t STRING, k BIGINT, dt DATE, d DOUBLE, i INT, m DECIMAL(12,4)").json(INPUT)
result = df.select("id", F.date_add(F.date_sub(F.date_add(col("dt"), col("i")), col("i")), col("i")).alias("c1"), expr("json_object_keys(s)").alias("c2"), expr("ceil(d) AS c3"), expr("named_struct('x', i, 'y', array(t))"))
OUTPUT_MODE = "append"
