from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, ts TIMESTAMP, i INT, d DOUBLE, dt DATE, k BIGINT, b BOOLEAN, n DECIMAL(5,3), t STRING, m DECIMAL(7,0), j INT").json(INPUT)
result = df.where((~F.coalesce((F.isnan(col("d")) == (col("n") != lit(100).cast("decimal(3,0)"))), lit(False)))).selectExpr("id", "add_months(date_add(dt, i), i)", "nullif(unix_timestamp(trunc(dt, 'Q')), -2L) AS c2", "add_months(to_date(date_format(TRY_CAST(s AS DATE), 'yyyyMMdd'), 'yyyyMMdd'), i) AS c3")
OUTPUT_MODE = "append"
