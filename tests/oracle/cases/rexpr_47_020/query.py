from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("year(dt)")).withColumn("c2", expr("date_trunc('QUARTER', ts)")).select("id", "c1", "c2").filter("(((j = 1) != (dt IS NOT NULL)) OR (d = -1.5D))")
OUTPUT_MODE = "append"
