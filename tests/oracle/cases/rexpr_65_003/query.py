from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", expr("crc32(reverse(left(CASE WHEN b THEN 'a' WHEN (m = 1.25) THEN t ELSE s END, 0))) AS c1"), expr("CASE WHEN (i BETWEEN 5 AND 1) THEN m WHEN b THEN round((m + i), 3) ELSE CASE WHEN (id IS NOT NULL) THEN m ELSE m END END AS c2"), expr("CASE WHEN b THEN dt ELSE dateadd(dt, i) END AS c3")).where((col("m") >= expr("1.25")))
OUTPUT_MODE = "append"
