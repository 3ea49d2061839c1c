from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, dt DATE, m DECIMAL(10,2), s STRING, k BIGINT, d DOUBLE, n DECIMAL(5,3), b BOOLEAN, i INT, j INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(dt >= to_date('2000-01-01')) AS c1", "nvl(greatest(last_day(dt), date_add(dt, i)), DATE'2023-12-31') AS c2", "hour((ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND))", "unix_timestamp(s) AS c4", "dateadd(TRY_CAST(t AS DATE), i) AS c5", "(round(n) / -4) AS c6").filter((F.nvl2(col("m"), col("b"), lit(True)) | (col("k") == lit(3).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
