from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, b BOOLEAN, k BIGINT, dt DATE, j INT, s STRING, i INT").json(INPUT)
result = df.withColumn("c1", expr("(b OR (m IS NOT NULL))")).withColumn("c2", F.instr(F.format_number(F.crc32(col("s")), 2), "o")).withColumn("c3", F.dayofweek(F.date_sub(col("dt"), col("i")))).drop("m", "ts", "d", "dt", "j", "s", "i")
OUTPUT_MODE = "append"
