from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, i INT, dt DATE, b BOOLEAN, j INT, ts TIMESTAMP").json(INPUT)
df.where("((dt != CASE WHEN (dt IS NOT NULL) THEN dt WHEN b THEN dt END) OR (dt IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(CASE WHEN b THEN dt WHEN (b IS NOT TRUE) THEN dt WHEN b THEN dt ELSE dt END, DATE'2000-01-01') AS k1, max(id) AS a1, round(avg(d), 2) AS a2 FROM src GROUP BY nullif(CASE WHEN b THEN dt WHEN (b IS NOT TRUE) THEN dt WHEN b THEN dt ELSE dt END, DATE'2000-01-01') HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
