from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((ts < TIMESTAMP'2024-03-01 12:30:00.123456') OR (m IS NOT NULL))").selectExpr("id", "(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)", "(m + i) AS c2", "TRY_CAST(i AS DECIMAL(6,3))", "datediff(least(dt, dt, to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')), TIMESTAMP'2024-03-01 12:30:00.123456') AS c4", "(m / 2) AS c5")
OUTPUT_MODE = "append"
