from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, ts TIMESTAMP, d DOUBLE, i INT, s STRING, t STRING, dt DATE, m DECIMAL(10,2)").json(INPUT)
result = df.withColumn("c1", expr("nullif(try_to_date(t), DATE'2023-12-31')")).withColumn("c2", (col("m") - col("m"))).withColumn("c3", expr("locate('o', rpad('abc', 6, '*'))")).withColumn("c4", expr("CAST(extract(DAY FROM (dt - nullif(date_sub(add_months(dt, 2), size(split(t, ' '))), to_date('2024-02-29')))) AS INT)")).withColumn("c5", expr("(3 * i)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
