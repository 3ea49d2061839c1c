from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("b") & (col("id") == lit(-2).cast("bigint"))), lit(True))).selectExpr("id", "concat_ws('', s, t) AS c1", "((n <> 12.345) IS NULL) AS c2", "(from_unixtime((id * -1)) IS NULL) AS c3", "date_format(nullif(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), TIMESTAMP'2024-02-29 00:00:00'), 'EEEE') AS c4", "weekofyear(if((dt IS NOT NULL), next_day(CAST(NULL AS DATE), 'fri'), nullif(dateadd(dt, i), to_date('2024-02-29')))) AS c5").filter(col("dt").isNotNull())
OUTPUT_MODE = "append"
