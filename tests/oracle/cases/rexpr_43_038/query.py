from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), m DECIMAL(38,10), k BIGINT, f FLOAT, t STRING, i INT, dt DATE, ts TIMESTAMP, d DOUBLE, j INT, s STRING").load(INPUT)
result = df.filter((~F.coalesce(col("id").isNotNull(), lit(False)))).selectExpr("id", "m", "add_months(next_day(to_date(date_format(to_date('2024-02-29'), 'yyyy-MM-dd'), 'yyyy-MM-dd'), 'Mon'), i) AS c1", "(isnan(nullif((f - d), 3.75D)) OR true) AS c2")
OUTPUT_MODE = "append"
