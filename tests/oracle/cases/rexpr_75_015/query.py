from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((((i <> 1) OR (ts <= TIMESTAMP'1999-12-31 23:59:59.999')) AND (b AND b)) OR (d IS NOT NULL))").select("id", "ts", expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')"), expr("coalesce(i, 12, 3)"), expr("pmod((i * 1), nullif(instr(date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'EEE'), 'o'), 0))").alias("c3"))
OUTPUT_MODE = "append"
