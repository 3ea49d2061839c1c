from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((col("d") >= lit(0.001)), col("ts")).when(col("s").isNotNull(), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when(col("dt").isNotNull(), col("ts")).otherwise(col("ts")).alias("c1"), expr("((id % nullif(i, 0)) - ifnull(id, 3L)) AS c2"))
OUTPUT_MODE = "append"
