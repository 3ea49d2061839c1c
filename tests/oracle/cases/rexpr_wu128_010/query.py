from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (F.coalesce(col("id"), lit(1).cast("bigint")) + lit(3).cast("bigint"))).withColumn("c2", F.sequence(col("dt"), F.date_add(col("dt"), 2))).withColumn("c3", expr("size(json_object_keys(to_json(named_struct('a', (i * -1), 'b', ifnull(s, 'é')))))")).drop("i", "k", "m", "dt", "ts")
OUTPUT_MODE = "append"
