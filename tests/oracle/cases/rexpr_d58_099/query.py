from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), b BOOLEAN, ts TIMESTAMP, k BIGINT, dt DATE, f FLOAT, s STRING, i INT, j INT, d DOUBLE, m DECIMAL(12,4)").json(INPUT)
result = df.where("((dt < DATE'2024-02-29') OR (j IS NOT NULL))").withColumn("c1", expr("xxhash64(CAST(ts AS BIGINT), nullif(dt, to_date('2000-01-01')))")).withColumn("c2", F.base64(F.lpad(col("s"), 0, "*"))).withColumn("c3", F.try_subtract(col("f"), col("f"))).withColumn("c4", expr("(2 * id)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
