from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(CAST((id - i) AS BOOLEAN) OR (ts > TIMESTAMP'1999-12-31 23:59:59.999'))").createOrReplaceTempView("src")
result = spark.sql("SELECT size(split(if((m IS NOT NULL), t, '2024-02-29'), ' ')) AS k1, nvl2((id - f), (ts <= TIMESTAMP'1999-12-31 23:59:59.999'), true) AS k2, count_if((id IS NULL)) AS a1, count_if(((d != id) AND (s <> ''))) AS a2 FROM src GROUP BY size(split(if((m IS NOT NULL), t, '2024-02-29'), ' ')), nvl2((id - f), (ts <= TIMESTAMP'1999-12-31 23:59:59.999'), true)")
OUTPUT_MODE = "complete"
