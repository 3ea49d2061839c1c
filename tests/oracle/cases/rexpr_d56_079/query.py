from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.least(col("j"), col("i")) > col("k"))).withColumn("c2", expr("add_months(ifnull(dt, DATE'2000-01-01'), -1)")).withColumn("c3", expr("nullif(greatest(d, 0.1D, (id * d)), 3.75D)"))
OUTPUT_MODE = "append"
