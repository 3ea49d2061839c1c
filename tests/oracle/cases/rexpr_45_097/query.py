from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, b BOOLEAN, dt DATE, t STRING, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(5,3), d DOUBLE, i INT").load(INPUT)
result = df.where(col("dt").isNotNull()).selectExpr("b", "(5 / nullif(d, 0)) AS c1", "CAST(make_date(2023, 12, least(dayofmonth(dt), 28)) AS TIMESTAMP) AS c2", "to_timestamp(date_format(date_trunc('QUARTER', timestamp_seconds(instr(t, 'a'))), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c3", "hash(d)").where("((b IS NOT NULL) OR (c1 < 0.1D))")
OUTPUT_MODE = "append"
