from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((k IS NULL) OR (m = 0.5))").selectExpr("id", "nvl(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), to_date('2023-12-31')) AS c1", "greatest(add_months(add_months(ifnull(dt, to_date('2023-12-31')), 3), i), date_add(to_date('2024-02-29'), i), dt) AS c2", "trunc(add_months(date_add(greatest(to_date('2023-12-31'), dt), i), i), 'yy') AS c3", "(m - d) AS c4")
OUTPUT_MODE = "append"
