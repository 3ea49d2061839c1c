from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("convert_timezone('America/Los_Angeles', 'UTC', (coalesce(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL '1-2' YEAR TO MONTH))")).withColumn("c2", F.array_max(F.array(lit(0.5), F.coalesce(F.nullif(col("d"), lit(-1.5)), col("d"), lit(0.001)), lit(float('nan'))))).withColumn("c3", expr("printf('%s=%d', t, shiftrightunsigned(i, 28))")).withColumn("c4", expr("date_trunc('yyyy', ts)")).withColumn("c5", col("s")).drop("d", "dt")
OUTPUT_MODE = "append"
