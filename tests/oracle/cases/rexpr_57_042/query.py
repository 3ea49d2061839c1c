from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(20,0), j INT, d DOUBLE, m DECIMAL(10,2), i INT, dt DATE, s STRING, b BOOLEAN, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("id").cast("boolean"), lit(True))).withColumn("b", expr("(hash(CAST(datediff(dt, ts) AS BOOLEAN)) BETWEEN 2 AND 10)")).withColumn("c2", expr("last_day(dt)"))
OUTPUT_MODE = "append"
