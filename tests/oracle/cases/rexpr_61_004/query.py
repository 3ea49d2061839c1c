from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST((- i) AS DOUBLE)", "(TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL '1-2' YEAR TO MONTH) AS c2", "add_months(dt, -1) AS c3", "(m % nullif(100BD, 0)) AS c4", "nvl2(j, dt, to_date('2000-01-01'))")
OUTPUT_MODE = "append"
