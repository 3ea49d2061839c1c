from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("timestampadd(DAY, i, to_timestamp(date_format(date_trunc('SECOND', ts), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'))").alias("c1"), (expr("try_to_number(s, '999.99')") >= col("m")).alias("c2"), expr("dayname(i) AS c3"), expr("stack(3, sequence(coalesce(dt, DATE'2023-12-31'), date_add(coalesce(dt, DATE'2023-12-31'), 3), INTERVAL 1 DAY)[1], 1, dt)"))
OUTPUT_MODE = "append"
