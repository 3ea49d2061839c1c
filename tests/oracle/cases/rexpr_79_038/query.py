from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("id") + col("id"))).withColumn("c2", expr("length(lpad(replace(s, 'o', '0'), 6, 'ab'))")).withColumn("c3", F.octet_length(col("t"))).withColumn("c4", F.when(col("i"), lit(1)).otherwise(lit(2))).withColumn("c5", expr("concat_ws('', CAST((n / nullif(i, 0)) AS STRING), translate(rpad(s, 8, ' '), 'abc', ''), s)")).withColumn("c6", expr("greatest(trunc(dt, 'mon'), trunc(dt, 'MM'), least(if((j > -1), if(b, to_date('2025-03-01'), DATE'2023-12-31'), greatest(DATE'2025-03-01', to_date('2000-01-01'))), to_date('2000-01-01')))"))
OUTPUT_MODE = "append"
