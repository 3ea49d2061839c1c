from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("add_months(greatest(dt, add_months(dt, 1)), i)")).withColumn("c2", F.nullif(col("d"), lit(float("nan")))).withColumn("c3", expr("(d - d)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
