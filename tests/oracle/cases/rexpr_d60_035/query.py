from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((((col("s") >= col("t")) >= F.exists(F.split(col("s"), " "), lambda x: x == lit(""))) | (col("n") > expr("0.5")))).selectExpr("id", "next_day(date_sub(dt, i), 'Mon') AS c1", "((b IS NOT TRUE) OR (b IS NOT TRUE)) AS c2", "(d * i)")
OUTPUT_MODE = "append"
