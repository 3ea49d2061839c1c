from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nullif(date_add(next_day(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), 'wednesday'), i), to_date('2000-01-01'))")).withColumn("c2", F.reverse(F.nvl(F.nullif(col("m"), expr("0.001")).cast("string"), lit(None).cast("string")))).withColumn("c3", expr("i")).drop("i", "d", "f", "n", "dt", "ts")
OUTPUT_MODE = "append"
