from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.try_to_date(col("s"))).withColumn("s", expr("lpad(concat_ws('', CAST(i AS STRING), CAST(m AS STRING)), 0, 'é')")).withColumn("c3", expr("(date_trunc('MONTH', (date_trunc('yyyy', ts) - INTERVAL 1 MONTH)) - INTERVAL '1-2' YEAR TO MONTH)")).withColumn("c4", expr("isnull(rpad(concat(s, s), 3, 'é'))")).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
