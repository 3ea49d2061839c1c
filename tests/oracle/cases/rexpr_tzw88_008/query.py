spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, b BOOLEAN, m DECIMAL(10,2), t STRING, ts TIMESTAMP, d DOUBLE, i INT").json(INPUT)
result = df.where(F.coalesce(col("b"), lit(True))).selectExpr("b", "unix_timestamp(ts) AS c1", "next_day(dt, 'TU') AS c2", "(trunc(nullif(dt, DATE'2023-12-31'), 'WEEK') <> CAST(i AS TIMESTAMP)) AS c3", "trunc((dt - INTERVAL '1-1' YEAR TO MONTH), 'WEEK') AS c4", "octet_length(format_string('%d%%', id)) AS c5")
OUTPUT_MODE = "append"
