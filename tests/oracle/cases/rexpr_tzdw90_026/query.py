spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "abs(m) AS c1", "sha2(greatest(CASE WHEN CAST(j AS BOOLEAN) THEN s WHEN isnan(d) THEN t WHEN (j > 1) THEN t END, right(CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN 'x-y' WHEN (dt < to_date('2024-02-29')) THEN s WHEN (t IS NOT NULL) THEN s ELSE 'Hello' END, 4), t), 224) AS c2", "greatest(date_sub(dt, i), dt, DATE'2023-12-31') AS c3", "string(j) AS c4")
OUTPUT_MODE = "append"
