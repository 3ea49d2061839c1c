from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("j", expr("timestamp_millis(CAST((i ^ -1) AS INT)) AS c1"), expr("date_add(trunc(dt, 'mon'), CASE WHEN (dt <> to_date('2000-01-01')) THEN i ELSE i END)"), F.crc32(col("s")).alias("c3")).filter((F.exists(F.split(lit("Hello"), " "), lambda x: x == lit("b")) | (col("d") <= lit(0.001))))
OUTPUT_MODE = "append"
