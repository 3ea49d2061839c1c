from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("date_from_unix_date(month(ts))", "TRY_CAST(' ' AS TIMESTAMP) AS c2", "TRY_CAST(s AS BIGINT) AS c3").where("(b IS NOT NULL)")
OUTPUT_MODE = "append"
