from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(CASE WHEN (dt >= DATE'2023-12-31') THEN btrim(t) ELSE ' ' END ILIKE '% %') AS c1", "date_sub(CASE WHEN (id IS NOT NULL) THEN dt WHEN (id >= (i * n)) THEN dt WHEN (m = 12.345) THEN date_sub(dt, i) ELSE dt END, datediff(dt, dt)) AS c2", "least(dt, dt, nullif(dateadd(add_months(dt, i), i), to_date('2023-12-31'))) AS c3", "forall(split(initcap(trim(t)), ' '), x -> x = 'a') AS c4", "(n >= 0.001) AS c5").where(((~col("id").isNotNull()) | col("c1").isNotNull()))
OUTPUT_MODE = "append"
