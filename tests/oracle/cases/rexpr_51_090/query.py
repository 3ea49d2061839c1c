from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.date_format((col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).cast("date"), "dd.MM.yy").alias("c1"), expr("((n % -4.5) / -4.5)").alias("c2"), expr("CAST((j < 10) AS BIGINT) AS c3")).filter((((col("id") == lit(86400).cast("bigint")) | lit(True)) | (col("id") < lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3, c1 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
