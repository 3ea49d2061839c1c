from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(-1, 1) AS c1", "second((coalesce(ts, ts, CAST(NULL AS TIMESTAMP)) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)) AS c2", "(ts + 1) AS c3", "coalesce((dt >= DATE'2023-12-31'), (s <> 'abc'), false) AS c4", "nullif(nullif(right(s, 1), 'x-y'), 'é') AS c5", "coalesce(CASE WHEN (s IN ('Hello', 'o')) THEN dt ELSE dt END, (dt - INTERVAL '1-1' YEAR TO MONTH), to_date('2000-01-01')) AS c6").where((F.reverse(lit("42")).like("%o%") | col("m").isNull()))
OUTPUT_MODE = "append"
